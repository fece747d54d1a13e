-- Headless Neovim renames a name as a user does: the cursor on the surname of « Kassym-Jomart
-- Tokaïev », on a line that holds « é », « ’ », a non-breaking space and emoji before it;
-- `vim.lsp.buf.rename()`; the prompt's text edited; every changed buffer written. The test
-- in tests/editors.rs then reads the files back. One PASS or FAIL line per check.
--
--   ATTEST_BIN=… ATTEST_CORPUS=… ATTEST_PLUGIN=…/editors/nvim \
--     nvim --headless --clean -S tests/editors/nvim_rename.lua
--
-- Neovim 0.7 cut the prompt's text out of the line at the range's UTF-16 columns taken for
-- bytes, unless the server gave a placeholder: the prompt offered « akh Kassym-Jomart Tok »
-- and the name typed over it replaced the whole mention.

local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/nvim_harness.lua')
local bin, corpus, plugin, WAIT = H.bin, H.corpus, H.plugin, H.WAIT
local say, check, clients_of = H.say, H.check, H.clients_of

local function finish()
  H.finish('nvim rename')
end

local function run()
  vim.opt.runtimepath:prepend(plugin)
  vim.cmd('filetype on')
  require('attest').setup({ cmd = { bin, 'lsp' }, settings = { diagnostics = { debounceMs = 0 } } })

  vim.cmd('edit ' .. vim.fn.fnameescape(corpus .. '/a.txt'))
  local buf = vim.api.nvim_get_current_buf()
  local attached = vim.wait(WAIT, function()
    return #clients_of(buf) > 0
  end, 50)
  if not check('the attest client attaches to a.txt', attached) then
    return
  end
  local row, col
  for r, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local at = line:find('Kassym-Jomart Tokaïev a parlé', 1, true)
    if at then
      row, col = r, at - 1 + #'Kassym-Jomart Tok'
    end
  end
  if not check('« Kassym-Jomart Tokaïev a parlé » is in a.txt', row) then
    return
  end
  vim.api.nvim_win_set_cursor(0, { row, col })

  -- The rename must reach b.txt, which is not open: wait until the server knows it.
  local client = clients_of(buf)[1]
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  params.context = { includeDeclaration = true }
  local b_uri = vim.uri_from_fname(vim.fn.resolve(corpus .. '/b.txt'))
  check('references to Tokaïev reach b.txt (the corpus is indexed)', vim.wait(WAIT, function()
    local answers = vim.lsp.buf_request_sync(buf, 'textDocument/references', params, 2000) or {}
    for _, a in pairs(answers) do
      for _, l in ipairs(a.result or {}) do
        if vim.uri_to_fname(l.uri) == vim.uri_to_fname(b_uri) then
          return true
        end
      end
    end
    return false
  end, 100))

  -- The prompt, as the user sees it: what it offers, and the name typed over it.
  local offered
  vim.ui.input = function(opts, on_confirm)
    offered = opts.default
    on_confirm((string.gsub(opts.default or '', 'Tokaïev', 'Tokayev')))
  end
  local before = vim.api.nvim_buf_get_lines(buf, row - 1, row, false)[1]
  vim.lsp.buf.rename()
  local changed = vim.wait(WAIT, function()
    return vim.api.nvim_buf_get_lines(buf, row - 1, row, false)[1] ~= before
  end, 50)
  check('the prompt offers « Kassym-Jomart Tokaïev »', offered == 'Kassym-Jomart Tokaïev', offered)
  check('the rename changes the line', changed)
  say('  now: ' .. vim.api.nvim_buf_get_lines(buf, row - 1, row, false)[1])
  -- The workspace edit loaded the other article into a buffer: write them all.
  vim.cmd('silent wall')
  check('every buffer is written', #vim.tbl_filter(function(b)
    return vim.api.nvim_buf_is_loaded(b) and vim.bo[b].modified
  end, vim.api.nvim_list_bufs()) == 0)
end

local ok, err = pcall(run)
check('the script ran without a Lua error', ok, err)
finish()
