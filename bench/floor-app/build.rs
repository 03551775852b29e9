//! Tauri's build step for the floor app (context, icons, empty permissions).

fn main() {
    tauri_build::build()
}
