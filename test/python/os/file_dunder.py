# __file__ of the main program, and the program is a file of its directory.
import os
print(__file__ == os.path.join(os.getcwd(), "file_dunder.py"), os.path.basename(__file__))
print(open(__file__).readline().rstrip())
print(os.listdir(os.path.dirname(__file__)))
