-- wrk script: every request creates a distinct, valid GRE tunnel.
-- env: ACCOUNT (account id), TOKEN (bearer token), PREFIX (per-round name prefix, <= 4 chars),
--      MODE = create | validate_only | invalid
-- Names: PREFIX .. thread-id (base36) .. "_" .. counter (base36): unique per round, <= 15 chars.
local account = os.getenv("ACCOUNT") or "023e105f4ecef8ad9ca31a8372d0c353"
local token = os.getenv("TOKEN") or "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY"
local prefix = os.getenv("PREFIX") or "b"
local mode = os.getenv("MODE") or "create"
local base = os.getenv("BASE_PATH") or "/client/v4"

local threads = {}
local counter = 0
-- tid is a global, set in each thread's own Lua state by setup()

function setup(thread)
  thread:set("tid", #threads)  -- 0, 1, 2, ... one per wrk thread
  table.insert(threads, thread)
end

local digits = "0123456789abcdefghijklmnopqrstuvwxyz"
local function base36(n)
  if n == 0 then return "0" end
  local s = ""
  while n > 0 do
    local d = n % 36
    s = string.sub(digits, d + 1, d + 1) .. s
    n = math.floor(n / 36)
  end
  return s
end

local path
local headers = {
  ["Content-Type"] = "application/json",
  ["Authorization"] = "Bearer " .. token,
}

function init(args)
  path = base .. "/accounts/" .. account .. "/magic/gre_tunnels"
  if mode == "validate_only" then path = path .. "?validate_only=true" end
  if mode == "invalid" then headers["X-Bench-Status"] = "400" end
end

local head = '{"cloudflare_gre_endpoint":"203.0.113.1","customer_gre_endpoint":"203.0.113.1",'
  .. '"interface_address":"10.212.0.0/31","interface_address6":"2606:54c1:7:0:a9fe:12d2:1:200/127",'
  .. '"description":"Tunnel for ISP X","automatic_return_routing":true,"mtu":1476,"ttl":64,'
  .. '"health_check":{"enabled":true,"rate":"mid","type":"reply","direction":"bidirectional","target":"203.0.113.1"},'
  .. '"name":"'
local invalidHead = '{"cloudflare_gre_endpoint":"203.0.113.999","customer_gre_endpoint":"203.0.113.1",'
  .. '"interface_address":"192.0.2.0/31","interface_address6":"2606:54c1:7:0:a9fe:12d2:1:200/127",'
  .. '"description":"Tunnel for ISP X","automatic_return_routing":true,"mtu":100,"ttl":64,'
  .. '"health_check":{"enabled":true,"rate":"mid","type":"reply","direction":"bidirectional","target":"203.0.113.1"},'
  .. '"name":"'

function request()
  counter = counter + 1
  local name = prefix .. base36(tid) .. "_" .. base36(counter)
  local body = (mode == "invalid" and invalidHead or head) .. name .. '"}'
  return wrk.format("POST", path, headers, body)
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  local secs = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p99_ms=%.3f non2xx=%d sockerr=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, non2xx,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
