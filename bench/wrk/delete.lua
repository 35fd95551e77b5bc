-- DELETE one tunnel a request, each seeded tunnel once: thread n takes every THREADS-th id from n. When a
-- thread runs out it starts again, and those deletes answer 404 (they show as non-2xx: seed more).
-- env (besides lib.lua's): IDS = file of ids (bench/run.sh seeds it), THREADS = wrk's -t
package.path = (os.getenv("WRK_LIB") or "bench/wrk") .. "/?.lua;" .. package.path
local lib = require("lib")
lib.cycleItems("delete", "DELETE", "bench/target/seed/delete-ids.txt", true, nil)
