class Node:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
def insert(root, key):
    if root is None: return Node(key)
    if key < root.key: root.left = insert(root.left, key)
    elif key > root.key: root.right = insert(root.right, key)
    return root
def inorder(n): return inorder(n.left) + [n.key] + inorder(n.right) if n else []
def preorder(n): return [n.key] + preorder(n.left) + preorder(n.right) if n else []
def height(n): return 1 + max(height(n.left), height(n.right)) if n else 0
def contains(n, k):
    while n:
        if k == n.key: return True
        n = n.left if k < n.key else n.right
    return False
def delete(root, key):
    if root is None: return None
    if key < root.key: root.left = delete(root.left, key)
    elif key > root.key: root.right = delete(root.right, key)
    else:
        if not root.left: return root.right
        if not root.right: return root.left
        succ = root.right
        while succ.left: succ = succ.left
        root.key = succ.key
        root.right = delete(root.right, succ.key)
    return root
def show(n, depth=0):
    if n:
        show(n.right, depth + 1)
        print("    " * depth + str(n.key))
        show(n.left, depth + 1)
root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(inorder(root), preorder(root), height(root))
show(root)
print([contains(root, k) for k in (45, 55)])
for k in (20, 30, 50):
    root = delete(root, k)
    print("deleted", k, inorder(root), preorder(root))
