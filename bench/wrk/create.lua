-- POST one tunnel a request, each with a distinct name (the store grows by one per 200).
-- env (besides lib.lua's): MODE = create | validate_only | invalid (every answer a 400 with three violations)
package.path = (os.getenv("WRK_LIB") or "bench/wrk") .. "/?.lua;" .. package.path
local lib = require("lib")
local mode = os.getenv("MODE") or "create"
local path, headers

setup = lib.setup
done = lib.done

function init(args)
  path = lib.collection
  if mode == "validate_only" then path = path .. "?validate_only=true" end
  headers = lib.headers(mode, true)
end

function request()
  local name = lib.nextName()
  return wrk.format("POST", path, headers, mode == "invalid" and lib.invalidTunnel(name) or lib.tunnel(name))
end
