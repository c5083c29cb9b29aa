-- Records an inbound event once: the de-duplication mark and the inbox entry are written together,
-- so an event is never marked seen without being recorded, nor recorded twice.
-- KEYS[1] = dedupe key, KEYS[2] = inbox stream; ARGV[1] = dedupe TTL seconds, ARGV[2] = session id, ARGV[3] = event JSON
if redis.call('set', KEYS[1], '1', 'NX', 'EX', tonumber(ARGV[1])) then
  return redis.call('xadd', KEYS[2], '*', 'session', ARGV[2], 'event', ARGV[3])
end
return false
