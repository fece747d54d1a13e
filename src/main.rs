fn main() -> std::process::ExitCode {
    attest::cli::run()
}
