"""logging.config for pyseal: dictConfig and fileConfig."""

import re
import sys
import logging
import logging.handlers  # noqa: F401

IDENTIFIER = re.compile(r'^[a-z_][a-z0-9_]*$', re.I)


def _resolve(name):
    """The object a dotted name refers to, importing as needed."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _level(value):
    if isinstance(value, int):
        return value
    level = logging._checkLevel(value)
    return level


def dictConfig(config):
    """Configures logging from a dictionary (the version 1 schema)."""
    config = dict(config)
    if config.get('version') != 1:
        raise ValueError(f"Unsupported version: {config.get('version')}")
    if config.get('incremental'):
        for name, hconf in config.get('handlers', {}).items():
            handler = logging._handlers_by_name.get(name) if hasattr(
                logging, '_handlers_by_name') else None
            if handler is not None and 'level' in hconf:
                handler.setLevel(_level(hconf['level']))
        for name, lconf in config.get('loggers', {}).items():
            if 'level' in lconf:
                logging.getLogger(name).setLevel(_level(lconf['level']))
        if 'root' in config and 'level' in config['root']:
            logging.getLogger().setLevel(_level(config['root']['level']))
        return
    formatters = {}
    for name, fconf in config.get('formatters', {}).items():
        fconf = dict(fconf)
        factory = fconf.pop('()', None)
        if factory is not None:
            if isinstance(factory, str):
                factory = _resolve(factory)
            formatters[name] = factory(**fconf)
            continue
        cls = fconf.get('class')
        cls = _resolve(cls) if cls else logging.Formatter
        fmt = fconf.get('format')
        datefmt = fconf.get('datefmt')
        style = fconf.get('style', '%')
        if 'validate' in fconf:
            formatters[name] = cls(fmt, datefmt, style, fconf['validate'])
        else:
            formatters[name] = cls(fmt, datefmt, style)
    filters = {}
    for name, fconf in config.get('filters', {}).items():
        fconf = dict(fconf)
        factory = fconf.pop('()', None)
        if factory is not None:
            if isinstance(factory, str):
                factory = _resolve(factory)
            filters[name] = factory(**fconf)
        else:
            filters[name] = logging.Filter(fconf.get('name', ''))
    handlers = {}
    pending = dict(config.get('handlers', {}))
    while pending:
        progressed = False
        for name, hconf in list(pending.items()):
            hconf = dict(hconf)
            target = hconf.get('target')
            if target is not None and target not in handlers:
                continue
            factory = hconf.pop('()', None)
            cls = hconf.pop('class', None)
            level = hconf.pop('level', None)
            formatter = hconf.pop('formatter', None)
            hfilters = hconf.pop('filters', [])
            kwargs = {k: v for k, v in hconf.items() if IDENTIFIER.match(k)}
            if 'target' in kwargs:
                kwargs['target'] = handlers[kwargs['target']]
            if 'stream' in kwargs and isinstance(kwargs['stream'], str) and \
                    kwargs['stream'].startswith('ext://'):
                kwargs['stream'] = _resolve(kwargs['stream'][6:])
            if factory is not None:
                if isinstance(factory, str):
                    factory = _resolve(factory)
                handler = factory(**kwargs)
            else:
                if isinstance(cls, str):
                    cls = _resolve(cls)
                try:
                    handler = cls(**kwargs)
                except TypeError as err:
                    raise ValueError(f"Unable to configure handler {name!r}") from err
            if formatter is not None:
                try:
                    handler.setFormatter(formatters[formatter])
                except KeyError:
                    raise ValueError(f"Unable to configure handler {name!r}") from None
            if level is not None:
                handler.setLevel(_level(level))
            for f in hfilters:
                handler.addFilter(filters[f] if isinstance(f, str) else f)
            handler.name = name
            handlers[name] = handler
            del pending[name]
            progressed = True
        if not progressed:
            raise ValueError('Unable to configure handlers: unresolved targets')
    disable_existing = config.get('disable_existing_loggers', True)
    existing = list(logging.Logger.manager.loggerDict.keys())
    configured = set()

    def configure(logger, lconf, is_root=False):
        level = lconf.get('level')
        if level is not None:
            logger.setLevel(_level(level))
        if 'handlers' in lconf or is_root:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            for hname in lconf.get('handlers', []):
                try:
                    logger.addHandler(handlers[hname])
                except KeyError:
                    raise ValueError(f'Unable to add handler {hname!r}') from None
        for f in lconf.get('filters', []):
            logger.addFilter(filters[f] if isinstance(f, str) else f)
        if not is_root:
            if 'propagate' in lconf:
                logger.propagate = lconf['propagate']
            logger.disabled = False

    for name, lconf in config.get('loggers', {}).items():
        configure(logging.getLogger(name), lconf)
        configured.add(name)
    root = config.get('root')
    if root is not None:
        configure(logging.getLogger(), root, is_root=True)
    if disable_existing:
        for name in existing:
            if name in configured:
                continue
            if any(name.startswith(c + '.') for c in configured):
                continue
            logger = logging.Logger.manager.loggerDict.get(name)
            if isinstance(logger, logging.Logger):
                logger.disabled = True


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configures logging from an INI file (or a ConfigParser)."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        cp = configparser.ConfigParser(defaults)
        if hasattr(fname, 'readline'):
            cp.read_file(fname)
        else:
            cp.read(fname, encoding=encoding)
    config = {'version': 1, 'disable_existing_loggers': disable_existing_loggers,
              'formatters': {}, 'handlers': {}, 'loggers': {}}

    def names(section, key):
        value = cp.get(section, key, raw=True, fallback='').strip()
        return [n.strip() for n in value.split(',') if n.strip()]

    for name in names('formatters', 'keys'):
        sect = f'formatter_{name}'
        config['formatters'][name] = {
            'format': cp.get(sect, 'format', raw=True, fallback=None),
            'datefmt': cp.get(sect, 'datefmt', raw=True, fallback=None),
            'style': cp.get(sect, 'style', raw=True, fallback='%'),
        }
        cls = cp.get(sect, 'class', raw=True, fallback=None)
        if cls:
            config['formatters'][name]['class'] = cls
    for name in names('handlers', 'keys'):
        sect = f'handler_{name}'
        cls = cp.get(sect, 'class', raw=True)
        if '.' not in cls:
            cls = 'logging.' + cls
        args = cp.get(sect, 'args', raw=True, fallback='()')
        kwargs = cp.get(sect, 'kwargs', raw=True, fallback='{}')
        ns = dict(vars(logging))
        ns['sys'] = sys
        handler_cls = _resolve(cls)
        handler = handler_cls(*eval(args, ns), **eval(kwargs, ns))
        level = cp.get(sect, 'level', raw=True, fallback=None)
        if level:
            handler.setLevel(_level(level))
        fmt = cp.get(sect, 'formatter', raw=True, fallback=None)
        config['handlers'][name] = {'()': (lambda h=handler: h)}
        if fmt:
            config['handlers'][name]['formatter'] = fmt
    for name in names('loggers', 'keys'):
        sect = f'logger_{name}'
        entry = {'handlers': names(sect, 'handlers')}
        level = cp.get(sect, 'level', raw=True, fallback=None)
        if level:
            entry['level'] = level
        if name == 'root':
            config['root'] = entry
        else:
            qualname = cp.get(sect, 'qualname', raw=True)
            entry['propagate'] = bool(int(cp.get(sect, 'propagate', raw=True, fallback='1')))
            config['loggers'][qualname] = entry
    dictConfig(config)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError(f'Not a valid Python identifier: {s!r}')
    return True
