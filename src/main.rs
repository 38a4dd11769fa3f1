use std::process::ExitCode;

fn main() -> ExitCode {
    tablee::cli::run(tablee::cli::Cli::parse_localized())
}
