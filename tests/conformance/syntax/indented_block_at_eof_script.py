def report(rows):
    for row in rows:
        print(row)


report(["a", "b"])
if __name__ == "__main__":
    # run the report again

