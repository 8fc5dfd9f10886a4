# string.Template subclasses, mappings and errors; the string constants.
import re
import string
from string import Template

print(Template.pattern.pattern == re.compile(Template.pattern.pattern, re.I).pattern, type(Template))
t = Template('$a-${b} $$ $c')
print(t.substitute({'a': 1, 'b': 2, 'c': 3}, c='kw'), t.safe_substitute(a='A'))
print(t.safe_substitute({'b': 'B'}, a=[1]), t.get_identifiers(), t.is_valid(), t.template)
for text in ['$', 'ok $ there', 'x\n\n  $!', 'a\n$', '${bad name}', '$$ and ${ok} $9']:
    tt = Template(text)
    print(repr(text), tt.is_valid(), tt.get_identifiers(), repr(tt.safe_substitute(ok='OK')))
    try:
        print(tt.substitute(ok='OK'))
    except ValueError as e:
        print('ValueError:', e)
    except KeyError as e:
        print('KeyError:', e)


class Braced(Template):
    braceidpattern = r'[a-z ]+'


print(Braced('${two words} $one').substitute({'two words': 2, 'one': 1}))


class Upper(Template):
    idpattern = r'[A-Z]+'
    flags = 0


print(Upper('$ABC $abc').safe_substitute(ABC='x'), Upper('$ABC').get_identifiers())


class Custom(Template):
    delimiter = '#'
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )
    '''
    flags = re.VERBOSE


print(Custom('#x #[y] ## #1').safe_substitute(x='X', y='Y'), Custom('#x').substitute(x=5))


class NoInvalid(Template):
    pattern = r'\$(?P<named>[a-z]+)|\$(?P<escaped>\$)|\$(?P<braced>\{never\})|\$(?P<invalid>!)|(?P<other>@)'


for text in ['$a @', '@']:
    try:
        print(NoInvalid(text).substitute(a=1))
    except ValueError as e:
        print('ValueError:', e.args[0])
    try:
        print(NoInvalid(text).is_valid())
    except ValueError as e:
        print('ValueError:', e.args[0])
print(string.capwords('  the quick\tbrown  fox '), string.capwords('a,b,,c', ','))
print(string.punctuation, len(string.printable), string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.ascii_uppercase, string.digits)
