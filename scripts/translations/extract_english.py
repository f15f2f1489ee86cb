"""One-off (issue 13): list the editors' English matter of the TEI that needs a Turkish
version, as JSON items (key: the element's path; kind: note, sibling or role; en: its
content as XML) for the translators. Usage: python extract_english.py > items.json"""
import json, sys
from lxml import etree
TEI = 'tei/turk-rus-iliskileri.xml'
T = '{http://www.tei-c.org/ns/1.0}'
X = '{http://www.w3.org/XML/1998/namespace}lang'
t = etree.parse(TEI)
def inner(el):
    s = (el.text or '')
    for c in el:
        s += etree.tostring(c, encoding='unicode', with_tail=True)
    return s.replace(' xmlns="http://www.tei-c.org/ns/1.0"', '')
def name(el): return el.tag.replace(T, '')
items = []
def add(el, kind):
    anchor = next((a for a in [el] + list(el.iterancestors()) if a.get('{http://www.w3.org/XML/1998/namespace}id')), None)
    items.append({'key': t.getpath(el), 'element': name(el), 'type': el.get('type'), 'kind': kind,
                  'context': anchor.get('{http://www.w3.org/XML/1998/namespace}id') if anchor is not None else None,
                  'en': inner(el)})
NAMES = {'persName', 'placeName', 'orgName', 'label'}
for el in t.iter():
    if not isinstance(el.tag, str): continue
    n = name(el)
    if el.get(X) == 'en':
        if n in NAMES and el.get('type') == 'reg': continue
        if n in ('title', 'abstract', 'keywords', 'bibl'): continue
        if n == 'div': continue
        add(el, 'note' if n in ('note', 'change') else 'sibling')
for el in t.iterfind(f'.//{T}note[@type="commentary"]'): add(el, 'note')
for el in t.iterfind(f'.//{T}note[@type="source"]'): add(el, 'note')
for path in (f'.//{T}witness/{T}bibl/{T}title', f'.//{T}witness/{T}bibl/{T}extent', f'.//{T}langUsage/{T}language',
             f'.//{T}sourceDesc/{T}bibl/{T}textLang', f'.//{T}back/{T}div/{T}head'):
    for el in t.iterfind(path): add(el, 'sibling')
roles = sorted({p.get('role') for p in t.iterfind(f'.//{T}person') if p.get('role')})
for r in roles:
    items.append({'key': 'role:' + r, 'element': 'occupation', 'type': None, 'kind': 'role', 'context': None, 'en': r})
json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
