"""Writes to frozen namespaces that no built-in rule allows, for `pyseal audit policy`."""
import helper

helper.x = 10
helper.Klass.attr = 20
helper.func.__defaults__ = (30,)
helper.y = 1
del helper.y
print(helper.x, helper.Klass.attr, helper.func(0))
