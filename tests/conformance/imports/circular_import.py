from cyc_pkg import a
print(a.a_func())
import cyc_pkg.b
print(cyc_pkg.b.b_value())
