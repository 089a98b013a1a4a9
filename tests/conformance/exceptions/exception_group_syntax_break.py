# 'break' may not leave an except* block.
for i in range(3):
    try:
        print(i)
    except* ValueError:
        break
