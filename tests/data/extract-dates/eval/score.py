#!/usr/bin/env python3
"""
Score extract-dates against the hand-annotated stories in this folder,
by the TempEval-3 definitions restricted to DATE and TIME: strict span
F1 (same bytes), relaxed span F1 (overlap), and value F1 (the value
accuracy over relaxed matches times relaxed F1).

A .gold file is the document creation time on its first line, then the
story, one paragraph a line, with every DATE and TIME expression marked
<<<text|VALUE>>> (written with the guillemets U+00AB and U+00BB) by hand
before the program was run on it, after the TimeML TIMEX3 guidelines:
determiners and premodifiers (early, late, mid-, about) inside,
prepositions outside, durations and sets unmarked.

usage: score.py [-v] [file.gold ...]   (BIN= names the program)
"""
import sys, re, json, subprocess, glob, os
BIN = os.environ.get('BIN', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../bin/extract-dates'))
verbose = '-v' in sys.argv
files = [a for a in sys.argv[1:] if not a.startswith('-')] or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.gold')))
ng = ns = strict = rel_s = rel_g = valok = 0
for f in files:
    lines = open(f, encoding='utf-8').read().split('\n')
    dct = lines[0].strip(); body = lines[1:]
    gold = []; out = []
    for ln, line in enumerate(body, 1):
        b = line.encode(); plain = b''; pos = 0
        for m in re.finditer(rb'\xc2\xab(.*?)\|(.*?)\xc2\xbb', b):
            plain += b[pos:m.start()]
            st = len(plain); plain += m.group(1)
            gold.append((ln, st, len(plain), m.group(1).decode(), m.group(2).decode()))
            pos = m.end()
        plain += b[pos:]; out.append(plain)
    r = subprocess.run([BIN, '--ref', dct, '--json'], input=b'\n'.join(out),
                       capture_output=True)
    sysx = []
    for l in r.stdout.decode().splitlines():
        o = json.loads(l)
        if o['type'] in ('DATE', 'TIME'):
            sysx.append((o['line'], o['start'], o['end'], o['text'], o['value']))
    ng += len(gold); ns += len(sysx)
    ov = lambda a, b: a[0] == b[0] and a[1] < b[2] and b[1] < a[2]
    for s in sysx:
        gm = [g for g in gold if ov(s, g)]
        if gm: rel_s += 1
        if any(g[1:3] == s[1:3] for g in gm): strict += 1
        if gm and gm[0][4] == s[4]: valok += 1
        if verbose:
            if not gm: print(f'{f[-7:-5]} FP   {s[3]!r} -> {s[4]}')
            elif gm[0][1:3] != s[1:3] or gm[0][4] != s[4]:
                print(f'{f[-7:-5]} DIFF sys {s[3]!r}={s[4]}  gold {gm[0][3]!r}={gm[0][4]}')
    for g in gold:
        if any(ov(g, s) for s in sysx): rel_g += 1
        elif verbose: print(f'{f[-7:-5]} FN   {g[3]!r} = {g[4]}')
f1 = lambda p, r: 2*p*r/(p+r) if p+r else 0
sp, sr = strict/ns if ns else 0, strict/ng
rp, rr = rel_s/ns if ns else 0, rel_g/ng
rf = f1(rp, rr); acc = valok/rel_s if rel_s else 0
print(f'gold={ng} sys={ns} strict P={sp:.3f} R={sr:.3f} F1={f1(sp,sr):.3f} | relaxed P={rp:.3f} R={rr:.3f} F1={rf:.3f} | value acc={acc:.3f} F1={acc*rf:.3f}')
