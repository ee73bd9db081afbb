#!/usr/bin/env python3
"""Score extract-quotes on hand-annotated articles.

usage: score.py BIN SETDIR... [-v]

Each SETDIR/*.txt is an article, one paragraph a line, in which every
quotation is followed by a mark written by hand: ⟦F|Canonical Name⟧ for
a full quotation (alternatives separated by /, an empty name for an
unnamed source), ⟦P⟧ for a partial one.  A mark tags every quotation on
its line since the previous mark.  The marks are stripped before the
program runs.  Detection: a prediction matches a gold quotation when
they end on the same line and their byte spans overlap.  End to end
(full quotations): the match's speaker equals the gold name, ignoring
case and a leading "the"."""
import glob, json, os, re, subprocess, sys, tempfile

CLOSE = {'“': '”', '„': '“', '‘': '’', '"': '"', '«': '»'}

def alnum(c):
    return c.isalpha() or c.isdigit()

def pairs(s):
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if c == "'" and (i == 0 or not alnum(s[i - 1])):
            j = i + 1
            while j < n and not (s[j] == "'" and not (j + 1 < n and alnum(s[j + 1]))):
                j += 1
            out.append((i, min(j, n))); i = j + 1
        elif c in CLOSE:
            cl, j = CLOSE[c], i + 1
            while j < n:
                if s[j] == cl:
                    if cl == '’' and j + 1 < n and alnum(s[j + 1]) and alnum(s[j - 1]):
                        j += 1; continue
                    break
                j += 1
            out.append((i, min(j, n))); i = j + 1
        else:
            i += 1
    return out

def prep(path):
    lines, gold = [], []
    for ln, line in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        text, pos = '', 0
        for m in re.finditer(r'⟦([^⟧]*)⟧', line):
            seg0 = len(text)
            text += line[pos:m.start()]; pos = m.end()
            parts = m.group(1).split('|')
            ps = [p for p in pairs(text) if p[1] >= seg0]
            if not ps:
                ps = [(-1, max(text.rfind('”'), text.rfind('’'), text.rfind('"')))]
            for a, b in ps:
                gold.append({'line': ln, 'start': len(text[:a + 1].encode()),
                             'end': len(text[:b].encode()),
                             'full': parts[0] == 'F',
                             'speaker': parts[1] if len(parts) > 1 else '',
                             'quote': text[a + 1:b]})
        lines.append(text + line[pos:])
    return '\n'.join(lines), gold

def norm(x):
    return re.sub(r'^the ', '', x.lower())

def prf(t):
    p = t[0] / t[1] if t[1] else 0
    r = t[0] / t[2] if t[2] else 0
    f = 2 * p * r / (p + r) if p + r else 0
    return 'P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)' % (p, r, f, *t)

def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    verbose = '-v' in sys.argv
    binp, sets = args[0], args[1:]
    D, E, errs = [0, 0, 0], [0, 0, 0], []
    tmp = tempfile.mkdtemp()
    for path in sorted(p for d in sets for p in glob.glob(d + '/*.txt')):
        name = os.path.basename(path)
        text, gold = prep(path)
        art = os.path.join(tmp, name)
        open(art, 'w', encoding='utf-8').write(text)
        out = subprocess.run([binp, '--json', art], capture_output=True, text=True).stdout
        preds = [json.loads(l) for l in out.splitlines() if l.strip()]
        used, match = set(), {}
        for gi, g in enumerate(gold):
            best = None
            for pi, p in enumerate(preds):
                if pi in used or p['end_line'] != g['line']:
                    continue
                ps = p['start'] if p['line'] == p['end_line'] else 0
                ov = min(p['end'], g['end']) - max(ps, g['start'])
                if ov > 0 and (best is None or ov > best[0]):
                    best = (ov, pi)
            if best:
                used.add(best[1]); match[gi] = best[1]
        D[0] += len(match); D[1] += len(preds); D[2] += len(gold)
        gf = [i for i, g in enumerate(gold) if g['full']]
        extra = sum(1 for pi, p in enumerate(preds) if pi not in used and p['type'] == 'full')
        E[1] += sum(1 for i in gf if i in match) + extra
        E[2] += len(gf)
        for i in gf:
            g = gold[i]
            if i not in match:
                errs.append('%s:%d MISS %r | %s' % (name, g['line'], g['speaker'], g['quote'][:50]))
                continue
            p = preds[match[i]]
            if norm(p['speaker']) in [norm(x) for x in g['speaker'].split('/')]:
                E[0] += 1
            else:
                errs.append('%s:%d SPEAKER gold=%r got=%r (%r, cue %r) | %s' % (
                    name, g['line'], g['speaker'], p['speaker'], p['speaker_text'], p['cue'], g['quote'][:40]))
        for pi, p in enumerate(preds):
            if pi not in used:
                errs.append('%s:%d EXTRA %s %r | %s' % (name, p['line'], p['type'], p['speaker'], p['quote'][:50]))
    print('detection, all quotations :', prf(D))
    print('end to end, full quotations:', prf(E))
    if verbose:
        print('\n'.join(errs))

main()
