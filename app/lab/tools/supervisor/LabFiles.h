// Files inside one practice-lab directory, and nowhere else.
//
// Every file the practice lab writes goes through here, locally and over SSH alike, so
// "the lab never writes outside its directory" is checked in one place: paths are
// relative, have no "..", and no existing component may be a symlink (a trainee's own
// symlink cannot lead a write out of the lab).
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace gdlab {

// The file that marks a directory as a lab directory; nothing is removed without it.
inline constexpr const char *kMarkerName = ".gateway-doctor-lab";

class LabFiles
{
public:
    explicit LabFiles(std::string root);

    const std::string &root() const { return m_root; }
    bool isLab() const;
    // Creates root (mode 0755) and the marker; refuses a non-empty directory without one.
    bool initialise(std::string &error) const;

    // Applies a bundle from `in` (see the format in the .cpp); stops at the first error.
    bool applyBundle(std::istream &in, std::string &error) const;
    // Writes entries for each relative path (directories recursively) to `out`.
    bool readPaths(const std::vector<std::string> &paths, std::ostream &out, std::string &error) const;

    // "SIZE N\n" and the bytes of relative from offset (at most the last MiB).
    bool tail(const std::string &relative, long long offset, std::ostream &out, std::string &error) const;

    // The first of the lab directory and its parents that others may not enter (no o+x),
    // or empty. nginx's workers run as another user when the lab runs as root.
    std::string closedToOthers() const;

    // rm -r of the lab directory; only with the marker.
    bool removeAll(std::string &error) const;

    // The absolute path of a checked relative path; empty (and error set) when unsafe.
    std::string resolve(const std::string &relative, bool finalMayBeLink, std::string &error) const;

private:
    bool makeParents(const std::string &relative, std::string &error) const;
    bool writeFile(const std::string &relative, unsigned mode, const std::string &content,
                   std::string &error) const;
    bool appendFile(const std::string &relative, const std::string &content, std::string &error) const;
    void readOne(const std::string &relative, std::ostream &out, int depth) const;

    std::string m_root;
};

} // namespace gdlab
