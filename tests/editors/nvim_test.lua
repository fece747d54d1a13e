-- Headless Neovim, as a user would drive it: load editors/nvim, open a seed article in a
-- corpus, wait for diagnostics, hover « Tokayev », jump from « Poutine » in seed 001 to its
-- definition in another article. One PASS or FAIL line per check; exit status 1 on failure.
--
--   ATTEST_BIN=… ATTEST_CORPUS=… ATTEST_PLUGIN=…/editors/nvim \
--     nvim --headless --clean -c 'luafile tests/editors/nvim_test.lua'
--
-- Works on Neovim 0.7 (Debian bookworm) and later: no vim.lsp.config, no vim.fs.

local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/nvim_harness.lua')
local bin, corpus, plugin, WAIT = H.bin, H.corpus, H.plugin, H.WAIT
local say, check, clients_of = H.say, H.check, H.clients_of

local function finish()
  H.finish('nvim')
end

-- Put the cursor on `needle` in the current buffer, `offset` bytes in.
local function cursor_on(needle, offset)
  for row, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then
      vim.api.nvim_win_set_cursor(0, { row, col - 1 + offset })
      return true
    end
  end
  return false
end

local function run()
  vim.opt.runtimepath:prepend(plugin)
  vim.cmd('filetype on')
  require('attest').setup({ cmd = { bin, 'lsp' }, settings = { diagnostics = { debounceMs = 0 } } })

  local seed003 = corpus .. '/003_b21e87a935b8b5cf.txt'
  local seed001 = corpus .. '/001_8580d139b28a1cc8.txt'

  -- Attach.
  vim.cmd('edit ' .. vim.fn.fnameescape(seed003))
  local buf = vim.api.nvim_get_current_buf()
  check('a .txt article has filetype text', vim.bo.filetype == 'text', vim.bo.filetype)
  local attached = vim.wait(WAIT, function()
    return #clients_of(buf) > 0
  end, 50)
  if not check('the attest client attaches to seed 003', attached) then
    return
  end
  local client = clients_of(buf)[1]
  check('the client is named attest', client.name == 'attest', client.name)
  local root = vim.fn.resolve(client.config.root_dir or '')
  check('its root is the corpus (attest.toml)', root == vim.fn.resolve(corpus), root)

  -- Diagnostics.
  local spelling
  vim.wait(WAIT, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.message:find('Tokayev', 1, true) then
        spelling = d
      end
    end
    return spelling ~= nil
  end, 50)
  local all = vim.diagnostic.get(buf)
  check(
    'diagnostics arrive, « Tokayev » spelled « Tokaïev » elsewhere among them',
    spelling ~= nil and spelling.message:find('Tokaïev', 1, true) ~= nil,
    #all .. ' diagnostic(s)'
  )
  check(
    'diagnostics come from attest',
    #all > 0 and all[1].source == 'attest',
    all[1] and all[1].source
  )

  -- Each finding's virtual text, at the end of its line, starts with its code.
  local ok_ns, vns = pcall(function()
    local ns = vim.lsp.diagnostic.get_namespace(client.id, false)
    return vim.diagnostic.get_namespace(ns).user_data.virt_text_ns
  end)
  if ok_ns and vns then
    local shown_texts, uncoded = {}, nil
    for _, mark in ipairs(vim.api.nvim_buf_get_extmarks(buf, vns, 0, -1, { details = true })) do
      local chunks = mark[4].virt_text or {}
      local text = chunks[#chunks] and chunks[#chunks][1] or ''
      table.insert(shown_texts, text)
      if not text:find('^■ %[[a-z-]+%] ') then
        uncoded = uncoded or text
      end
    end
    check(
      'the virtual text of every finding starts with its code (« ■ [entity-spelling] … »)',
      #shown_texts > 0 and uncoded == nil,
      uncoded or (#shown_texts .. ' virtual text(s)')
    )
  else
    say('  (no virtual text namespace in this Neovim: codes in virtual text not checked)')
  end

  -- Hover: the answer, then the window the user sees.
  check('« Tokayev a réitéré » is in seed 003', cursor_on('Tokayev a réitéré', 2))
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  local answers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, WAIT) or {}
  local text = ''
  for _, a in pairs(answers) do
    if a.result and a.result.contents then
      text = text .. (a.result.contents.value or vim.inspect(a.result.contents))
    end
  end
  check('hover on « Tokayev » names « Kassym-Jomart Tokaïev »', text:find('Kassym-Jomart Tokaïev', 1, true), text)

  local shown = ''
  vim.lsp.buf.hover()
  vim.wait(WAIT, function()
    for _, win in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(win).relative ~= '' then
        local b = vim.api.nvim_win_get_buf(win)
        shown = table.concat(vim.api.nvim_buf_get_lines(b, 0, -1, false), '\n')
        return true
      end
    end
    return false
  end, 50)
  check('the hover window shows « Kassym-Jomart Tokaïev »', shown:find('Kassym-Jomart Tokaïev', 1, true), shown)
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      vim.api.nvim_win_close(win, true)
    end
  end

  -- Typing: incremental edits around « é », « ’ » and an emoji reach the server intact
  -- (utf-16 positions on 0.7, utf-8 from 0.10 on), and the diagnostics follow.
  local row = vim.api.nvim_win_get_cursor(0)[1] - 1
  local function spelling_at_row()
    for _, d in ipairs(vim.diagnostic.get(buf, { lnum = row })) do
      if d.col == 0 and d.message:find('Tokayev', 1, true) then
        return true
      end
    end
    return false
  end
  check('before typing, « Tokayev a réitéré » has its spelling diagnostic', spelling_at_row())
  vim.api.nvim_buf_set_text(buf, row, 0, row, #'Tokayev', { 'Tokaïev' })
  vim.api.nvim_buf_set_lines(buf, 1, 1, false, { '🙂 « Élysée » l’a dit — 42 %.' })
  local l = vim.api.nvim_buf_get_lines(buf, 1, 2, false)[1]
  local at = l:find('dit', 1, true)
  vim.api.nvim_buf_set_text(buf, 1, at - 1, 1, at + 2, { 'répété' })
  row = row + 1
  local cleared = vim.wait(WAIT, function()
    return not spelling_at_row()
  end, 50)
  check('after typing « Tokaïev », its spelling diagnostic goes', cleared)
  local held = vim.lsp.buf_request_sync(buf, 'attest/text', { uri = vim.uri_from_bufnr(buf) }, WAIT) or {}
  local server_text = held[client.id] and held[client.id].result
  local buffer_text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
    .. (vim.bo[buf].eol and '\n' or '')
  if server_text == nil then
    say('  (attest/text unavailable: ATTEST_TEST_HOOKS unset, sync not compared)')
  else
    local first
    for i = 1, math.max(#server_text, #buffer_text) do
      if server_text:byte(i) ~= buffer_text:byte(i) then
        first = i
        break
      end
    end
    check(
      'the server holds the buffer as edited',
      first == nil,
      first and ('first difference at byte ' .. first .. ': server «' .. server_text:sub(first, first + 40) .. '» buffer «' .. buffer_text:sub(first, first + 40) .. '»')
    )
  end

  -- Go to definition, across articles.
  vim.cmd('edit ' .. vim.fn.fnameescape(seed001))
  local buf1 = vim.api.nvim_get_current_buf()
  vim.wait(WAIT, function()
    return #clients_of(buf1) > 0
  end, 50)
  local c1 = clients_of(buf1)[1]
  check('seed 001 shares the corpus client', c1 and c1.id == client.id, c1 and c1.id)
  check('« énerve Poutine » is in seed 001', cursor_on('énerve Poutine', #'énerve ' + 2))
  vim.lsp.buf.definition()
  local jumped = vim.wait(WAIT, function()
    return vim.api.nvim_get_current_buf() ~= buf1
  end, 50)
  local landed = vim.api.nvim_buf_get_name(0)
  local line = vim.api.nvim_get_current_line()
  say('  landed on ' .. vim.fn.fnamemodify(landed, ':t') .. ':' .. vim.api.nvim_win_get_cursor(0)[1])
  check('definition of « Poutine » leaves seed 001', jumped, landed)
  check(
    'it lands on « Vladimir Poutine » in another seed',
    jumped and landed:find('/00%d_') ~= nil and line:find('Vladimir Poutine', 1, true) ~= nil,
    vim.fn.fnamemodify(landed, ':t') .. ':' .. vim.api.nvim_win_get_cursor(0)[1] .. ': ' .. line:sub(1, 120)
  )

  -- The outline as Neovim lists it (`[Kind] name`): words a writer reads.
  local sanswers = vim.lsp.buf_request_sync(buf1, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(buf1) }, WAIT) or {}
  local symbols = sanswers[client.id] and sanswers[client.id].result or {}
  local texts = {}
  for _, item in ipairs(vim.lsp.util.symbols_to_items(symbols, buf1)) do
    table.insert(texts, item.text)
  end
  local person, class
  for _, t in ipairs(texts) do
    person = person or (t:find('Poutine', 1, true) and t)
    class = class or (t:find('^%[Class%]') and t)
  end
  check('the outline lists « Poutine » as [Key]', person and person:find('^%[Key%]'), person or table.concat(texts, ' | '))
  check('no [Class] in the outline', class == nil, class)

  -- Completion: 'omnifunc' set on attach (0.7 to 0.9 leave it empty: E764), and the names
  -- in the order the server chose once Neovim has sorted them (by sortText, else by label,
  -- which would put « Tokayev » before the canonical « Tokaïev »).
  vim.api.nvim_set_current_buf(buf1)
  check("'omnifunc' is set on attach", vim.bo[buf1].omnifunc == 'v:lua.vim.lsp.omnifunc', vim.bo[buf1].omnifunc)
  local last = vim.api.nvim_buf_line_count(buf1)
  vim.api.nvim_buf_set_lines(buf1, last, last, false, { '', 'Hier, à Astana, Tok' })
  vim.api.nvim_win_set_cursor(0, { last + 2, #'Hier, à Astana, Tok' })
  local cparams = vim.lsp.util.make_position_params(0, c1 and c1.offset_encoding or 'utf-16')
  local canswers = vim.lsp.buf_request_sync(buf1, 'textDocument/completion', cparams, WAIT) or {}
  local result = canswers[client.id] and canswers[client.id].result
  local to_items = vim.lsp.util.text_document_completion_list_to_complete_items
    or (vim.lsp.completion and vim.lsp.completion._lsp_to_complete_items)
  if result == nil then
    check('completion answers after « Tok »', false, vim.inspect(canswers))
  elseif to_items == nil then
    say('  (no completion list converter in this Neovim: order not checked)')
  else
    local words = {}
    for _, item in ipairs(to_items(result, 'Tok')) do
      table.insert(words, item.word)
    end
    check(
      'completion after « Tok » offers « Tokaïev » first, then « Tokayev »',
      words[1] == 'Tokaïev' and vim.tbl_contains(words, 'Tokayev'),
      table.concat(words, ', ')
    )
  end
end

local ok, err = pcall(run)
check('the script ran without a Lua error', ok, err)
finish()
