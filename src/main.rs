use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    tablee::cli::run(tablee::cli::Cli::parse())
}
