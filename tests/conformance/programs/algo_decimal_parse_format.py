from decimal import Decimal as D, InvalidOperation, localcontext
import numbers, fractions
for s in ['1', '-1.50', '+.5', '5.', '1e3', '1E-3', '-1.2e+5', '1_000.000_1', '1_0e1_0', '١٢٣.٤', 'inf', '-Infinity', 'INF', 'nan', 'NaN123', '-sNaN', 'snan7', '  12.5  ', '\n3\t', '0e0', '-0', '+0.000', '.e1', '1e', 'e1', '1__0', '_1', '1_', '1._5', '1.2.3', '--1', '+-1', 'infinit', 'nanx', 'in f', '', ' ', '1e+', '1e1.5', '0x10', '1,5', 'ſnan', 'İnf']:
    try:
        d = D(s)
        print(repr(s), repr(d), d.as_tuple())
    except InvalidOperation as e:
        print(repr(s), "InvalidOperation", e)
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(D('garbage'), c.flags[InvalidOperation])
for spec in ['', '10', '<10', '*^12', '>>8', '^', '=+12.3f', '+', ' ', '-', 'z.1f', '0', '08.2f', '010', ',', ',.2f', '.3', '.3e', '.3E', '.2%', 'g', 'G', 'n', '.5n', '12,.1f', '0<8', ',n', '.f', '1.2.3', 'x', '10d', '#.2f', '_', ' ^9.1e', 'zz', '00', '=10']:
    for v in [D('1234.5678'), D('-0.00'), D('-42')]:
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), "ValueError", e)
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), isinstance(fractions.Fraction(1, 2), numbers.Rational), isinstance(fractions.Fraction(1), numbers.Number), issubclass(fractions.Fraction, numbers.Real), isinstance(1, numbers.Integral))
for s in ['_', 'in_f', 'n_an', '1e_5', '_-1', '-_1', ' _1 ', '1 _', '_ 1', '1_e5', 's_nan', 'nan_1_', '+_', 'nan' + '1' * 30, 'nan' + '9' * 27, '\u00a012\u00a0', '1e١', 'nan١', '\u200b1', '1\u3000', '-\u0661.\u0662']:
    try: print(repr(s), repr(D(s)))
    except Exception as e: print(repr(s), type(e).__name__)
for s in ['infinityx', 'infinit', 'INFINITY', 'Inf', 'nAn', 'SNAN12', 'sna', 'na']:
    try: print(repr(s), repr(D(s)))
    except Exception as e: print(repr(s), type(e).__name__)
