def describe():
    return f"helper module named {__name__}"
if __name__ == "__main__":
    print("this never prints on import")
else:
    print("helper imported as", __name__)
