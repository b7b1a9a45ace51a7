#!/usr/bin/env python3
"""Writes a large plan.json (200 measures, 1,000 indicators) from the real seed, for the scale run.

The real plan's 6 policies are kept; measures are copies of the real ones with indicators (cycled), renumbered
1..200 and spread over the policies, each with exactly 5 indicators (real indicators cycled, recoded).
Usage: large-plan.py seeds/plan.json OUT_DIR
"""
import copy, json, sys

seed = json.load(open(sys.argv[1], encoding="utf-8"))
policies = seed["period"]["policies"]
templates = [m for p in policies for m in p["measures"] if m.get("indicators")]
indicators = [i for m in templates for i in m["indicators"]]
for p in policies:
    p["measures"] = []
n_ind = 0
for n in range(1, 201):
    m = copy.deepcopy(templates[(n - 1) % len(templates)])
    m["number"] = n
    m["title"] = f"{m['title']}（{n}）"
    m["indicators"] = []
    for k in range(1, 6):
        i = copy.deepcopy(indicators[n_ind % len(indicators)])
        n_ind += 1
        i["code"] = f"M{n:03d}-I{k:02d}"
        i["name"] = i["rowName"] = f"{i['name']}（{n}-{k}）"
        m["indicators"].append(i)
    policies[(n - 1) % len(policies)]["measures"].append(m)
out = sys.argv[2]
json.dump(seed, open(f"{out}/plan.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{sum(len(p['measures']) for p in policies)} measures, {n_ind} indicators")
