-- Saves a session only while the caller still holds its lease, and renews the lease: a worker that
-- lost its lease (paused too long, taken over) can never overwrite the state its successor wrote.
-- The session is a hash (see SessionLayout): a save sets the fields that changed and removes those
-- that are gone, or (whole) replaces the hash, which also turns a session stored before the layout
-- (one JSON string) into a hash. Setting a field to the value it has is harmless, so a retried save
-- changes nothing more.
-- KEYS[1] = lock key, KEYS[2] = session hash, KEYS[3] = thread index key or '' , KEYS[4] = channel set,
-- KEYS[5] = id reservation, KEYS[6] = session event stream, KEYS[7] = jobs sorted set,
-- KEYS[8..] = more message index keys (a draft's root and threats), set like KEYS[3]
-- KEYS[3], KEYS[4] and KEYS[8..] may be '' when the caller knows they are set already.
-- ARGV[1] = lease owner ('' = not under a lease), ARGV[2] = lease ms ('' = leave the lease's expiry),
-- ARGV[3] = '1' to replace the whole hash, ARGV[4] = session id, ARGV[5] = ttl ms ('' = keep),
-- ARGV[6] = n fields to set, ARGV[7] = m fields to remove, then n pairs (field, value), then m fields,
-- then pairs of (due ms, job JSON)
if ARGV[1] ~= '' then
  if redis.call('get', KEYS[1]) ~= ARGV[1] then
    return redis.error_reply('LEASE_LOST')
  end
  if ARGV[2] ~= '' then
    redis.call('pexpire', KEYS[1], tonumber(ARGV[2]))
  end
end
local sets = tonumber(ARGV[6])
local removes = tonumber(ARGV[7])
local first = 8
local last = first + 2 * sets - 1
if ARGV[3] == '1' then
  redis.call('del', KEYS[2])
end
-- a few hundred arguments per call: Lua's unpack has a limit
for i = first, last, 500 do
  redis.call('hset', KEYS[2], unpack(ARGV, i, math.min(i + 499, last)))
end
for i = last + 1, last + removes, 500 do
  redis.call('hdel', KEYS[2], unpack(ARGV, i, math.min(i + 499, last + removes)))
end
local ttl = ARGV[5]
if ttl ~= '' then
  redis.call('pexpire', KEYS[2], tonumber(ttl))
  redis.call('pexpire', KEYS[5], tonumber(ttl))
  redis.call('pexpire', KEYS[6], tonumber(ttl))
end
for k = 3, #KEYS do
  if (k == 3 or k >= 8) and KEYS[k] ~= '' then
    if ttl ~= '' then
      redis.call('set', KEYS[k], ARGV[4], 'PX', tonumber(ttl))
    else
      redis.call('set', KEYS[k], ARGV[4])
    end
  end
end
if KEYS[4] ~= '' then
  redis.call('sadd', KEYS[4], ARGV[4])
end
for i = last + removes + 1, #ARGV, 2 do
  redis.call('zadd', KEYS[7], tonumber(ARGV[i]), ARGV[i + 1])
end
return 1
