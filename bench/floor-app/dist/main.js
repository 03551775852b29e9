// Sets the same marker the app sets after its first data load.
document.getElementById("app").setAttribute("data-loaded", "true");
