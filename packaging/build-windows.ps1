# Build the Windows app bundle: dist\qcode\ (qcode.exe, the command line, and
# qcode-app.exe, the app without a console window), dist\qcode-VERSION-windows.zip,
# and, when Inno Setup 6 is installed, the installer
# dist\qcode-VERSION-windows-setup.exe (Start menu entry, .qcode file association).
# Run on Windows (a hosted CI's Windows runner builds it: .github/workflows/bundles.yml).
#
#   powershell -File packaging\build-windows.ps1          build (own virtualenv in build\venv)
#   powershell -File packaging\build-windows.ps1 -Check   quick self-check, builds nothing
param([switch]$Check)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked {
    # Native commands do not stop the script on failure by themselves.
    $rest = if ($args.Length -gt 1) { $args[1..($args.Length - 1)] } else { @() }
    & $args[0] @rest
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $($args -join ' ')" }
}

$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
if ($Check) {
    Invoke-Checked $Python packaging\selfcheck.py
    exit 0
}

Invoke-Checked $Python packaging\selfcheck.py
$Venv = "build\venv"
if (-not (Test-Path "$Venv\Scripts\python.exe")) { Invoke-Checked $Python -m venv $Venv }
$VenvPython = "$Venv\Scripts\python.exe"
Invoke-Checked $VenvPython -m pip install --quiet --upgrade pip
# setuptools stages the package in build\lib and never empties it: a module
# deleted from the source would still be installed, and bundled.
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue build\lib, build\bdist.*
Invoke-Checked $VenvPython -m pip install --quiet --upgrade . "pyinstaller>=6.10,<7"
Invoke-Checked $VenvPython packaging\notices.py --output build\THIRD-PARTY-NOTICES.txt

Invoke-Checked "$Venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\qcode.spec
Copy-Item LICENSE, build\THIRD-PARTY-NOTICES.txt dist\qcode\

# The bundle must run before it is archived.
$Version = ((& dist\qcode\qcode.exe --version) -split " ")[1]
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "dist\qcode\qcode.exe --version failed" }
$CheckDir = Join-Path ([System.IO.Path]::GetTempPath()) ("qcode-check-" + [guid]::NewGuid())
New-Item -ItemType Directory $CheckDir | Out-Null
$env:QCODE_CONFIG_DIR = $CheckDir
Invoke-Checked dist\qcode\qcode.exe demo "$CheckDir\demo.qcode"
Invoke-Checked dist\qcode\qcode.exe codes "$CheckDir\demo.qcode"
Remove-Item Env:QCODE_CONFIG_DIR
Remove-Item -Recurse -Force $CheckDir

$Archive = "dist\qcode-$Version-windows.zip"
if (Test-Path $Archive) { Remove-Item $Archive }
Compress-Archive -Path dist\qcode -DestinationPath $Archive

$Iscc = Get-Command ISCC.exe -ErrorAction SilentlyContinue
$IsccPath = if ($Iscc) { $Iscc.Source } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (Test-Path $IsccPath) {
    Invoke-Checked $IsccPath /Q "/DAppVersion=$Version" packaging\windows\qcode.iss
    Write-Output "built dist\qcode\, $Archive and dist\qcode-$Version-windows-setup.exe"
} else {
    Write-Output "built dist\qcode\ and $Archive (no installer: Inno Setup 6 is not installed)"
}
