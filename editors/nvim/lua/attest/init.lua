-- Attest for Neovim: starts `attest lsp` for text and Markdown buffers under a corpus root.
--
--   require('attest').setup {
--     cmd = { 'attest', 'lsp' },                   -- the server command
--     filetypes = { 'text', 'markdown' },          -- buffers it attaches to
--     settings = { diagnostics = { debounceMs = 150 } },  -- see the README's settings
--     on_attach = function(client, bufnr) end,     -- optional, run for each article
--   }
--
-- On attach it sets 'omnifunc' (when empty) so that <C-x><C-o> completes names, and puts
-- each finding's code first in its virtual text: « [claim-hedged] Hedged wording: … ».
--
-- The root of a buffer's corpus is the nearest folder upward holding attest.toml, else the
-- nearest holding .git, else the file's own folder. Neovim 0.11+ goes through
-- vim.lsp.config / vim.lsp.enable; 0.7 to 0.10 through vim.lsp.start_client, one client
-- per root, attached to each buffer on FileType.

local M = {}

M.defaults = {
  name = 'attest',
  cmd = { 'attest', 'lsp' },
  filetypes = { 'text', 'markdown' },
  root_markers = { 'attest.toml', '.git' },
  settings = {},
}

local uv = vim.uv or vim.loop

local function exists(path)
  return uv.fs_stat(path) ~= nil
end

local function parent(dir)
  local up = vim.fn.fnamemodify(dir, ':h')
  if up == dir then
    return nil
  end
  return up
end

--- The corpus root of a file: the nearest folder upward holding the first marker, else the
--- second, …, else the file's own folder. Nil for a buffer with no file.
function M.root_dir(path, markers)
  if not path or path == '' or path:match('^%a[%w+.-]*://') then
    return nil
  end
  local start = vim.fn.fnamemodify(path, ':p:h')
  for _, marker in ipairs(markers or M.defaults.root_markers) do
    local dir = start
    while dir do
      if exists(dir .. '/' .. marker) then
        return dir
      end
      dir = parent(dir)
    end
  end
  return start
end

local function buffer_root(bufnr, opts)
  if vim.bo[bufnr].buftype ~= '' then
    return nil
  end
  return M.root_dir(vim.api.nvim_buf_get_name(bufnr), opts.root_markers)
end

-- Completion with <C-x><C-o> needs 'omnifunc': Neovim 0.10 and later set it on attach
-- when it is empty, 0.7 to 0.9 never do (E764: Option 'omnifunc' is not set). Markdown's
-- ftplugin sets HTML tag completion, of no use in an article: that is replaced too; any
-- other value, the user's, is left alone. Then the user's own on_attach, if any.
local replaceable = { [''] = true, ['htmlcomplete#CompleteTags'] = true }

--- A finding as the virtual text shows it: its code first, « [claim-hedged] Hedged wording:
--- … », since that text sits at the end of a paragraph-long line, far from the words.
function M.code_first(d)
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  if code and code ~= '' then
    return string.format('[%s] %s', code, d.message)
  end
  return d.message
end

-- The virtual text of Attest's findings (its own diagnostic namespace only) puts the code
-- first, when virtual text is on at all (it is by default up to 0.10, off from 0.11).
local identified = {} -- client id → true
local function identify_findings(client)
  if identified[client.id] then
    return
  end
  identified[client.id] = true
  local ok, ns = pcall(vim.lsp.diagnostic.get_namespace, client.id, false)
  local virtual_text = vim.diagnostic.config().virtual_text
  if not (ok and ns and virtual_text) then
    return
  end
  local own = type(virtual_text) == 'table' and virtual_text or {}
  vim.diagnostic.config({ virtual_text = vim.tbl_extend('force', own, { format = M.code_first }) }, ns)
end

local function on_attach(opts)
  return function(client, bufnr)
    if replaceable[vim.bo[bufnr].omnifunc] then
      vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc'
    end
    identify_findings(client)
    if opts.on_attach then
      opts.on_attach(client, bufnr)
    end
  end
end

-- Neovim 0.11 and later: the built-in configuration and enablement.
local function setup_config(opts)
  vim.lsp.config(opts.name, {
    cmd = opts.cmd,
    on_attach = on_attach(opts),
    filetypes = opts.filetypes,
    root_dir = function(bufnr, on_dir)
      local root = buffer_root(bufnr, opts)
      if root then
        on_dir(root)
      end
    end,
    init_options = opts.settings,
    settings = { attest = opts.settings },
  })
  vim.lsp.enable(opts.name)
end

-- Neovim 0.7 to 0.10: one client per root, attached on FileType.
local clients = {} -- root → client id, kept across setup() calls

local function setup_legacy(opts)
  local function attach(bufnr)
    local root = buffer_root(bufnr, opts)
    if not root then
      return
    end
    local id = clients[root]
    if not (id and vim.lsp.get_client_by_id(id)) then
      id = vim.lsp.start_client({
        name = opts.name,
        cmd = opts.cmd,
        root_dir = root,
        workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
        init_options = opts.settings,
        settings = { attest = opts.settings },
        on_attach = on_attach(opts),
        on_exit = function()
          clients[root] = nil
        end,
      })
      if not id then
        return
      end
      clients[root] = id
    end
    vim.lsp.buf_attach_client(bufnr, id)
  end

  local group = vim.api.nvim_create_augroup('attest', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = opts.filetypes,
    callback = function(args)
      attach(args.buf)
    end,
  })
  -- Buffers already open when setup() runs.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    local filetype = vim.bo[bufnr].filetype
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(opts.filetypes, filetype) then
      attach(bufnr)
    end
  end
end

function M.setup(opts)
  opts = vim.tbl_deep_extend('force', {}, M.defaults, opts or {})
  -- An empty Lua table would go out as a JSON array.
  if next(opts.settings) == nil then
    opts.settings = vim.empty_dict()
  end
  if vim.fn.executable(opts.cmd[1]) ~= 1 then
    local hint = ' is not executable; install it with `cargo install --path .`'
    vim.notify('attest: ' .. opts.cmd[1] .. hint, vim.log.levels.WARN)
  end
  if vim.lsp.config and vim.lsp.enable then
    setup_config(opts)
  else
    setup_legacy(opts)
  end
end

return M
