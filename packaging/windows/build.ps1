# Build CoPlan's Windows installer: the wheel, a PyInstaller bundle made from the installed
# wheel, and CoPlan-setup-<version>.exe made with Inno Setup 6.
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Out dist]
#
# Needs: Python 3.11+ (python.org, "py" launcher), Inno Setup 6.3+ (ISCC.exe on PATH or in its
# default folder), and PyPI. NOT YET VERIFIED ON WINDOWS: this script and coplan.iss were written
# and reviewed on Linux, where the same spec builds the bundle in CI; the first Windows build must
# be checked by hand (see packaging/README.md, "Windows: what to check").
param([string]$Out = "dist")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$root = (Get-Location).Path
$build = Join-Path $root "build\windows"
$Out = [System.IO.Path]::GetFullPath((Join-Path $root $Out))
$version = (Select-String -Path pyproject.toml -Pattern '^version = "(.+)"').Matches[0].Groups[1].Value
$parts = ($version -split '[^0-9]+' | Where-Object { $_ -ne "" } | Select-Object -First 3)
while ($parts.Count -lt 3) { $parts += "0" }
$tuple = "(" + ($parts -join ", ") + ", 0)"

if (Test-Path $build) { Remove-Item -Recurse -Force $build }
New-Item -ItemType Directory -Force -Path $build, $Out | Out-Null

Write-Host "== the wheel"
py -3 -m pip wheel --no-deps -q -w "$build\wheel" .
if ($LASTEXITCODE) { throw "the wheel was not built" }
$wheel = (Get-ChildItem "$build\wheel\coplan-$version-*.whl").FullName
Copy-Item $wheel $Out

Write-Host "== a build environment with the installed wheel, psycopg and PyInstaller"
py -3 -m venv "$build\venv"
& "$build\venv\Scripts\python.exe" -m pip install -q --upgrade pip
& "$build\venv\Scripts\python.exe" -m pip install -q "$wheel[postgresql]" "pyinstaller>=6.10"
if ($LASTEXITCODE) { throw "the build environment was not made" }

Write-Host "== the version resource"
$versionFile = Join-Path $build "version-info.txt"
(Get-Content "$root\packaging\windows\version-info.template" -Raw).
  Replace("{version_tuple}", $tuple).Replace("{version}", $version) |
  Set-Content -Encoding UTF8 $versionFile
$env:COPLAN_VERSION_FILE = $versionFile

Write-Host "== the PyInstaller bundle"
Push-Location $build
& "$build\venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
  --distpath "$build\dist" --workpath "$build\work" "$root\packaging\coplan.spec"
if ($LASTEXITCODE) { throw "PyInstaller failed" }
Pop-Location
$bundle = "$build\dist\coplan"

Write-Host "== the licences of everything in the bundle"
$licences = "$bundle\licences"
New-Item -ItemType Directory -Force -Path $licences | Out-Null
Copy-Item LICENSE "$licences\CoPlan-LICENSE.txt"
Copy-Item resources\licences\*, resources\fonts\LICENSE-DejaVu.txt $licences
& "$build\venv\Scripts\python.exe" "$root\packaging\collect_licences.py" $licences
$size = [math]::Round(((Get-ChildItem -Recurse $bundle | Measure-Object -Sum Length).Sum / 1MB))
Write-Host "bundle: $size MB"

Write-Host "== the installer (Inno Setup)"
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc /Qp "/DAppVersion=$version" "/DBundleDir=$bundle" "/DOutputDir=$Out" `
  "/DRepoDir=$root" "$root\packaging\windows\coplan.iss"
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Write-Host "installer: $Out\CoPlan-setup-$version.exe"
