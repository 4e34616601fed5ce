from isodocs.cli import main

main(prog_name="isodocs")
