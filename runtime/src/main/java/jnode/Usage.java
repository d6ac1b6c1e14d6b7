package jnode;

/** The text of {@code jnode --help}. */
final class Usage {
    private Usage() {}

    static final String TEXT = """
        Usage: jnode [options] [ script.js ] [arguments]

        Options:
          -                           script read from stdin (default if no file name is
                                      provided and stdin is not a TTY)
          --                          indicate the end of node options
          -e, --eval script           evaluate script
          -h, --help                  print node command line options
          -p, --print script          evaluate script and print result
          -r, --require module        CommonJS module to preload (option can be repeated)
          --no-warnings               silence all process warnings
          --redirect-warnings=file    write process warnings to file instead of stderr
          --stack-size=...            accepted for compatibility
          --title=title               the process title to use on startup
          -v, --version               print Node.js version
          --as-node                   (first option) children find jnode as `node` on their PATH
          --install [DIR]             put `jnode` on the PATH (a link in DIR, default /usr/local/bin)

        Environment variables:
          JNODE_AS_NODE=1             children started by jnode find jnode as `node`
        """;
}
