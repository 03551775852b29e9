//! The build date shown in the About view: `SOURCE_DATE_EPOCH` when set (reproducible
//! builds), otherwise the day the build script ran, in UTC.

/// YYYY-MM-DD.
pub fn today() -> String {
    let from_epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|seconds| chrono::DateTime::from_timestamp(seconds, 0));
    from_epoch
        .unwrap_or_else(chrono::Utc::now)
        .format("%Y-%m-%d")
        .to_string()
}
