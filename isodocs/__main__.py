from isodocs.cli import program

program()
