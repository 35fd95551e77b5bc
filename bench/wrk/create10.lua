-- POST the wrapped form, {"gre_tunnels": [10 tunnels]}, each with a distinct name (the store grows by 10 per 200).
-- env (besides lib.lua's): MODE = create | validate_only (bench/run.sh's warm-up: nothing stored); IDS_OUT: when set, the ids of the created tunnels are written to IDS_OUT-<thread>
-- (the seeding of the delete round; parsing the answers costs wrk time, so measured rounds leave it unset)
package.path = (os.getenv("WRK_LIB") or "bench/wrk") .. "/?.lua;" .. package.path
local lib = require("lib")
local idsOut = os.getenv("IDS_OUT")
local headers, out, path
local mode = os.getenv("MODE") or "create"

setup = lib.setup
done = lib.done

function init(args)
  headers = lib.headers("create10", true)
  path = lib.collection
  if mode == "validate_only" then path = path .. "?validate_only=true" end
  if idsOut then out = assert(io.open(idsOut .. "-" .. tid, "w")) end
end

function request()
  local tunnels = {}
  for i = 1, 10 do tunnels[i] = lib.tunnel(lib.nextName()) end
  return wrk.format("POST", path, headers, '{"gre_tunnels":[' .. table.concat(tunnels, ",") .. ']}')
end

if idsOut then
  function response(status, headers, body)
    if status == 200 then
      for id in body:gmatch('"id":"(%x+)"') do out:write(id, "\n") end
      out:flush()
    end
  end
end
