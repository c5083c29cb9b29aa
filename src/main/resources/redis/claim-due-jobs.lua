-- Moves due jobs from the schedule into their sessions' event streams atomically, with a wake-up
-- each, so that one replica gets each job.
-- KEYS[1] = jobs sorted set (score = due epoch ms), KEYS[2] = wake-up stream
-- ARGV[1] = now ms, ARGV[2] = max jobs, ARGV[3] = prefix of the session event streams
local due = redis.call('zrange', KEYS[1], '-inf', ARGV[1], 'BYSCORE', 'LIMIT', 0, tonumber(ARGV[2]))
for _, job in ipairs(due) do
  redis.call('zrem', KEYS[1], job)
  local session = cjson.decode(job)['sessionId']
  redis.call('xadd', ARGV[3] .. session, '*', 'event', job)
  redis.call('xadd', KEYS[2], '*', 'session', session)
end
return #due
