-- What every bench/wrk script shares: settings from the environment, the tunnel body, unique names, the
-- X-Bench-Op header that tells the peers which answer to give (the stub ignores it), and the RESULT line.
-- Scripts load it with: package.path = (os.getenv("WRK_LIB") or "bench/wrk") .. "/?.lua;" .. package.path
local lib = {}

lib.account = os.getenv("ACCOUNT") or "023e105f4ecef8ad9ca31a8372d0c353"
lib.token = os.getenv("TOKEN") or "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY"
lib.prefix = os.getenv("PREFIX") or "b"
lib.base = os.getenv("BASE_PATH") or "/client/v4"
lib.threads = tonumber(os.getenv("THREADS") or "1")
lib.collection = lib.base .. "/accounts/" .. lib.account .. "/magic/gre_tunnels"

local threads = {}
-- tid is a global, set in each thread's own Lua state before its init()
function lib.setup(thread)
  thread:set("tid", #threads)  -- 0, 1, 2, ... one per wrk thread
  table.insert(threads, thread)
end

local digits = "0123456789abcdefghijklmnopqrstuvwxyz"
function lib.base36(n)
  if n == 0 then return "0" end
  local s = ""
  while n > 0 do
    local d = n % 36
    s = string.sub(digits, d + 1, d + 1) .. s
    n = math.floor(n / 36)
  end
  return s
end

local counter = 0
-- PREFIX .. thread (base36) .. "_" .. counter (base36): unique per round, at most 15 characters of [A-Za-z0-9_]
function lib.nextName()
  counter = counter + 1
  return lib.prefix .. lib.base36(tid) .. "_" .. lib.base36(counter)
end

function lib.headers(operation, withBody)
  local h = { ["Authorization"] = "Bearer " .. lib.token, ["X-Bench-Op"] = operation }
  if withBody then h["Content-Type"] = "application/json" end
  return h
end

local head = '{"cloudflare_gre_endpoint":"203.0.113.1","customer_gre_endpoint":"203.0.113.1",'
  .. '"interface_address":"10.212.0.0/31","interface_address6":"2606:54c1:7:0:a9fe:12d2:1:200/127",'
  .. '"description":"Tunnel for ISP X","automatic_return_routing":true,"mtu":1476,"ttl":64,'
  .. '"health_check":{"enabled":true,"rate":"mid","type":"reply","direction":"bidirectional","target":"203.0.113.1"},'
  .. '"name":"'
-- three violations: an endpoint that is no IPv4 address, an interface address outside 10/8 etc., an MTU too small
local invalidHead = '{"cloudflare_gre_endpoint":"203.0.113.999","customer_gre_endpoint":"203.0.113.1",'
  .. '"interface_address":"192.0.2.0/31","interface_address6":"2606:54c1:7:0:a9fe:12d2:1:200/127",'
  .. '"description":"Tunnel for ISP X","automatic_return_routing":true,"mtu":100,"ttl":64,'
  .. '"health_check":{"enabled":true,"rate":"mid","type":"reply","direction":"bidirectional","target":"203.0.113.1"},'
  .. '"name":"'

function lib.tunnel(name) return head .. name .. '"}' end
function lib.invalidTunnel(name) return invalidHead .. name .. '"}' end

-- "id name" lines written by the seeding (bench/run.sh); this thread's share when `mine` is true
function lib.readIds(file, mine)
  local ids, names, i = {}, {}, 0
  for line in io.lines(file) do
    local id, name = line:match("^(%x+)%s*(%S*)")
    if id then
      if not mine or i % lib.threads == tid then
        table.insert(ids, id); table.insert(names, name)
      end
      i = i + 1
    end
  end
  if #ids == 0 then error("no tunnel ids in " .. file) end
  return ids, names
end

-- Defines wrk's globals for a round on single tunnels (get, update, delete): request n goes to the next id of
-- the IDS file (this thread's share of it when `mine`: each id once), with body(name) as its body, if any.
function lib.cycleItems(operation, method, defaultIds, mine, body)
  local ids, names, headers
  local cursor = 0
  setup = lib.setup
  done = lib.done
  function init(args)
    ids, names = lib.readIds(os.getenv("IDS") or defaultIds, mine)
    headers = lib.headers(operation, body ~= nil)
    if not mine then cursor = tid end  -- threads start at different tunnels
  end
  function request()
    cursor = cursor % #ids + 1
    return wrk.format(method, lib.collection .. "/" .. ids[cursor], headers, body and body(names[cursor]) or nil)
  end
end

function lib.done(summary, latency, requests)
  local secs = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p99_ms=%.3f non2xx=%d sockerr=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

return lib
