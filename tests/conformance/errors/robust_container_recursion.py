a=[];a.append(a);b=[];b.append(b)
try:
    print(a==b)
except RecursionError as e:
    print("eq:", e)
x=[]
for i in range(5000): x=[x]
try:
    print(len(repr(x)))
except RecursionError as e:
    print("repr:", e)
t=();u=(1,)
for i in range(5000): t=(t,); u=(u,)
try:
    print(t<u)
except RecursionError as e:
    print("lt:", e)
y=[]
for i in range(500): y=[y]
print(len(repr(y)), y==y, [[1,[2]]]==[[1,[2]]])
d={}; d['k']=d
e={}; e['k']=e
try:
    print(d==e)
except RecursionError as ex:
    print("dict:", ex)
