#!/usr/bin/env python3
"""Hit rate of the search result cache's eviction rule (CLOCK, `BoundedCache`) against the rule it
replaced (drop the oldest half when full), on Zipf-distributed query streams: a simulation of the
two rules, not a run of the server. Usage: python3 scripts/cache-sim.py"""
import random, itertools
def zipf_stream(n_distinct, n, s, seed):
    rnd = random.Random(seed)
    weights = [1/(r**s) for r in range(1, n_distinct+1)]
    cum = list(itertools.accumulate(weights)); total = cum[-1]
    import bisect
    return [bisect.bisect_left(cum, rnd.random()*total) for _ in range(n)]
def fifo_half(stream, cap):
    values=set(); order=[]; hits=0
    for k in stream:
        if k in values: hits+=1; continue
        if len(order)>=cap:
            drop=order[:cap//2+1]; order=order[cap//2+1:]
            for d in drop: values.discard(d)
        values.add(k); order.append(k)
    return hits/len(stream)
def clock(stream, cap):
    slot={}; keys=[]; ref=[]; hand=0; hits=0
    for k in stream:
        if k in slot: ref[slot[k]]=True; hits+=1; continue
        if len(keys)<cap: slot[k]=len(keys); keys.append(k); ref.append(False); continue
        while ref[hand]: ref[hand]=False; hand=(hand+1)%cap
        del slot[keys[hand]]; keys[hand]=k; ref[hand]=False; slot[k]=hand; hand=(hand+1)%cap
    return hits/len(stream)
for s in (0.8, 1.0):
    st=zipf_stream(50000, 300000, s, 1)
    print(f"zipf s={s}, 50,000 distinct, 300,000 searches, cache 2,000: FIFO-half {fifo_half(st,2000):.3f}  CLOCK {clock(st,2000):.3f}")
