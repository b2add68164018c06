"""axe-core in the browser's current page or frame, shared by browser_test.py and embed_test.py:
prints each serious or critical violation and returns them with the count of the others."""
from axe_selenium_python import Axe


def serious_violations(driver):
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    serious = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    for violation in serious:
        targets = [", ".join(node.get("target", [])) for node in violation.get("nodes", [])][:3]
        print(f"  axe {violation['impact']}: {violation['id']} ({violation['help']}) at {targets}")
    return serious, len(results["violations"]) - len(serious)
