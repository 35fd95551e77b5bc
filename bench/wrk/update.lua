-- PUT one tunnel a request (the single update), cycling through the seeded tunnels; each keeps its name, so
-- every update is valid and the account's tunnels stay the same in number.
-- env (besides lib.lua's): IDS = file of "id name" lines (bench/run.sh seeds it)
package.path = (os.getenv("WRK_LIB") or "bench/wrk") .. "/?.lua;" .. package.path
local lib = require("lib")
lib.cycleItems("update", "PUT", "bench/target/seed/list-ids.txt", false, lib.tunnel)
