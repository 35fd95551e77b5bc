-- wrk script: GETs one path (READ_PATH, below the base path) with the bearer token; the RESULT line of create.lua.
-- env: TOKEN, READ_PATH (e.g. /accounts/<account>/magic/gre_tunnels/<id>), BASE_PATH (/client/v4)
dofile("bench/wrk/create.lua")

local readPath = (os.getenv("BASE_PATH") or "/client/v4") .. (os.getenv("READ_PATH") or "/")
local readHeaders = { ["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY") }

function init(args)
end

function request()
  return wrk.format("GET", readPath, readHeaders)
end
