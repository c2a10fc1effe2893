document.getElementById("app")!.textContent = "Entente";
