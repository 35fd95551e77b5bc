-- GET one tunnel a request, cycling through the seeded tunnels of the account.
-- env (besides lib.lua's): IDS = file of "id name" lines (bench/run.sh seeds it)
package.path = (os.getenv("WRK_LIB") or "bench/wrk") .. "/?.lua;" .. package.path
local lib = require("lib")
lib.cycleItems("get", "GET", "bench/target/seed/list-ids.txt", false, nil)
