# Lists the imports of several source files, the way a dependency checker does, with
# positions, relative levels and aliases; also finds imports nested in functions.
import ast

FILES = {
    "app/main.py": '''
import os, sys
import os.path as osp
from . import models
from .utils import (slugify,
                    titlecase as tc)
from ..core.db import *

def lazy():
    import json
    from xml.etree import ElementTree as ET
    return json, ET

try:
    import ujson as json
except ImportError:
    import json
''',
    "app/models.py": '''
"""Models."""
from __future__ import annotations
from dataclasses import dataclass, field
import typing

if typing.TYPE_CHECKING:
    from app.main import lazy

@dataclass
class User:
    name: str
    tags: list[str] = field(default_factory=list)
''',
}


def imports(tree):
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append((node.lineno, alias.col_offset, "import", alias.name,
                              alias.asname, 0))
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                found.append((node.lineno, alias.col_offset, "from " + (node.module or ""),
                              alias.name, alias.asname, node.level))
    return sorted(found)


for path, source in FILES.items():
    tree = ast.parse(source, path)
    print("==", path)
    for line, col, kind, name, asname, level in imports(tree):
        where = f"{line}:{col}"
        print(f"  {where:6} {kind:20} {name:14} as={asname!s:8} level={level}")
    top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    print("  top-level import statements:", len(top))
    for n in top:
        print("   ", ast.unparse(n), "|", n.lineno, n.col_offset, n.end_lineno,
              n.end_col_offset)
    nested = [n for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
              for n in ast.walk(f) if isinstance(n, (ast.Import, ast.ImportFrom))]
    print("  inside functions:", [ast.unparse(n) for n in nested])
    print("  dump of first import:", ast.dump(top[0]))
    modules = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Import):
            modules.update(a.name.split(".")[0] for a in n.names)
        elif isinstance(n, ast.ImportFrom) and n.level == 0:
            modules.add(n.module.split(".")[0])
    print("  third-party or stdlib roots:", sorted(modules))
