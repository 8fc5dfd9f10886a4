from string import Template
import string
t = Template("$who likes $what, ${who}'s $$5 price")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute({"who": "ann"}))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print(e)
try:
    Template("line1\n  bad $5").substitute()
except ValueError as e:
    print(e)
print(Template("$a $b ${c}").get_identifiers(), Template("$a").is_valid(), Template("$").is_valid())
class Pct(Template):
    delimiter = "%"
print(Pct("%x and %%").substitute(x=1))
print(string.capwords("hello   world"), string.ascii_letters[:5], string.Template.idpattern)
