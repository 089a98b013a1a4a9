nums = [5, 3, 8, 1]
nums.append(9); print(nums)
nums.extend([2, 7]); print(nums)
nums.insert(0, 100); nums.insert(-1, 50); nums.insert(99, -1); print(nums)
print(nums.pop(), nums.pop(0), nums.pop(2), nums)
nums.remove(3); print(nums)
print(nums.index(1), nums.count(9), len(nums), 2 in nums)
nums.reverse(); print(nums)
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
c = nums.copy(); c.clear(); print(c, nums)
print([1, 2] + [3], [0] * 5, [[0] * 2 for _ in range(2)], list("abc"), list(range(3)))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(9)
except ValueError as e:
    print("ValueError:", e)
lst = [1, 2, 3]
lst *= 2; print(lst)
lst += (4, 5); print(lst)
print(lst[1:4], lst[::-2], lst[-2:], lst.__len__(), lst == [1, 2, 3, 1, 2, 3, 4, 5])
