-- GET the account's tunnels (bench/run.sh seeds the account with 100).
package.path = (os.getenv("WRK_LIB") or "bench/wrk") .. "/?.lua;" .. package.path
local lib = require("lib")
local headers

setup = lib.setup
done = lib.done

function init(args)
  headers = lib.headers("list", false)
end

function request()
  return wrk.format("GET", lib.collection, headers)
end
