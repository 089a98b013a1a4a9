# A script whose last branch was never filled in.
import sys


def main(args):
    if args:
        print("args", args)
    else:
        print("none")


if __name__ == "__main__":
    main(sys.argv[2:])
else:
