"""Checks the Python translations of the documentation's examples (test/docs/python-examples.test.ts).

Reads a JSON document on stdin:
  {"examples": [{"name", "python", "typescript"}], "allowed": [names],
   "types": {TypeName: {"members": [names], "kwargs": {"<init>" or static method: [names] or null}}}}
where an example is one README section's examples in order (later ones use what earlier ones made), "allowed"
the names the rosetta fixture declares, and "types" the static members of each type of the cdk-switchyard
assembly and the keyword arguments its constructor and static methods take (null: not known). Names are
camelCase, as in TypeScript. Prints one JSON object: {name: [problems]}.

Checks, for each example:
  - it compiles (py_compile, as `python3 -m py_compile` does);
  - every name it reads is imported, assigned or defined by it, a Python builtin, or declared by the fixture
    (a `switchyard.` prefix that is never imported, `expect(...)` or `JSON.parse(...)` fail here);
  - every name imported from cdk_switchyard is a type of the assembly, `Type.member` on such a type is
    one of its static members under its Python name (`HttpRouteKey.with_`), and `Type(...)` or
    `Type.member(...)` passes only keyword arguments it takes;
  - every string key of a dict literal is written in the TypeScript example too (a map key such as
    "connectionId" that the translation turned into "connection_id" fails here).
"""
import ast
import builtins
import json
import keyword
import os
import py_compile
import re
import sys
import tempfile


def python_name(name):
    """The Python name jsii and jsii-rosetta give a camelCase TypeScript name."""
    if name[:1].isupper():
        return name
    snake = re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', name)
    snake = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1_\2', snake).lower()
    return snake + '_' if keyword.iskeyword(snake) else snake


def python_member_name(name):
    """A static member's Python name: constants (ALL_CAPS) stay as written, the rest is snake_case."""
    if re.fullmatch(r'[A-Z][A-Z0-9_]*', name):
        return name
    return python_name(name)


def bound_names(tree):
    """Every name the module binds anywhere (imports, assignments, definitions, parameters, loop targets)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                names.add((alias.asname or alias.name).split('.')[0])
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
    return names


def check_keywords(call, from_switchyard, types):
    """The keyword arguments of `Type(...)` or `Type.member(...)` that the constructor or method does not take."""
    func = call.func
    if isinstance(func, ast.Name) and func.id in from_switchyard:
        label, key = func.id, '<init>'
    elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in from_switchyard:
        label = func.value.id + '.' + func.attr
        key = next((k for k in types[func.value.id]['kwargs'] if python_name(k) == func.attr), None)
    else:
        return []
    taken = types[label.split('.')[0]]['kwargs'].get(key)
    if taken is None:
        return []
    names = {python_name(n) for n in taken}
    return ['line %d: %s takes no keyword %s' % (call.lineno, label, k.arg) for k in call.keywords if k.arg and k.arg not in names]


def check(example, allowed, types):
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'example.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(example['python'])
        try:
            py_compile.compile(path, doraise=True)
        except py_compile.PyCompileError as e:
            return ['does not compile: ' + str(e.exc_value)]
    tree = ast.parse(example['python'])
    known = bound_names(tree) | allowed | set(dir(builtins)) | {'self'}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in known:
            problems.append('line %d: %s is never defined or imported' % (node.lineno, node.id))

    from_switchyard = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == 'cdk_switchyard':
            for alias in node.names:
                if alias.name not in types:
                    problems.append('line %d: cdk_switchyard has no %s' % (node.lineno, alias.name))
                else:
                    from_switchyard.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in from_switchyard:
            members = {python_member_name(m) for m in types[node.value.id]['members']}
            if node.attr not in members:
                problems.append('line %d: %s has no static member %s' % (node.lineno, node.value.id, node.attr))
        if isinstance(node, ast.Call):
            problems.extend(check_keywords(node, from_switchyard, types))

    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key in node.keys:
                if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value not in example['typescript']:
                    problems.append('line %d: dict key "%s" is not in the TypeScript example' % (key.lineno, key.value))
    return problems


def main():
    request = json.load(sys.stdin)
    allowed = {python_name(n) for n in request['allowed']}
    types = request['types']
    print(json.dumps({e['name']: check(e, allowed, types) for e in request['examples']}))


if __name__ == '__main__':
    main()
