-- What the headless Neovim tests share: the paths they are given, PASS/FAIL lines, the
-- attached clients on every Neovim from 0.7, the end of the run, and a time limit.
--
--   local H = dofile(<this folder> .. '/nvim_harness.lua')
--   H.check('name', ok, detail) ... H.finish('nvim')

local H = {
  bin = assert(os.getenv('ATTEST_BIN'), 'ATTEST_BIN'),
  corpus = assert(os.getenv('ATTEST_CORPUS'), 'ATTEST_CORPUS'),
  plugin = assert(os.getenv('ATTEST_PLUGIN'), 'ATTEST_PLUGIN'),
  WAIT = 30000,
  failures = 0,
}

function H.say(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

function H.check(name, ok, detail)
  if ok then
    H.say('PASS ' .. name)
  else
    H.failures = H.failures + 1
    H.say('FAIL ' .. name .. (detail and (': ' .. tostring(detail)) or ''))
  end
  return ok
end

function H.clients_of(buf)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = buf })
  end
  local list = {}
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
    table.insert(list, c)
  end
  return list
end

-- One line that says how the run went, the clients stopped, and Neovim gone with the
-- right status.
function H.finish(label)
  H.say(H.failures == 0 and (label .. ': all checks passed') or (label .. ': ' .. H.failures .. ' check(s) failed'))
  for _, c in ipairs(H.clients_of(nil)) do
    c.stop()
  end
  vim.wait(2000, function()
    return #H.clients_of(nil) == 0
  end, 50)
  vim.cmd(H.failures == 0 and 'qall!' or 'cquit! 1')
end

-- A hang must not outlive the test: give up from inside too.
vim.defer_fn(function()
  H.failures = H.failures + 1
  H.say('FAIL the script finished within 50 s')
  vim.cmd('cquit! 2')
end, 50000)

return H
