import sys
def main(argv):
    print("args:", len(argv))
    return 7
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
