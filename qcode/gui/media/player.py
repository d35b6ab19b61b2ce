"""The player under the text: a document's recording, played with Qt
Multimedia (the system's codecs, nothing sent anywhere).

Play/pause, back and forward five seconds, a position slider with the time,
speed from half to twice, volume, and whether the text follows playback.
A passage can be played exactly (:meth:`MediaPlayer.play_range`: playback
pauses at its end).  A file that is missing or cannot be played gives one
line in place of the controls' use; the text beside it stays usable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from qcode.core.timeline import clock
from qcode.io.media import MEDIA_SUFFIXES

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget

SKIP_SECONDS = 5.0


def recordings_filter() -> str:
    """The file dialogs' filter for recordings (linking one, transcribing one)."""
    patterns = " ".join(f"*{suffix}" for suffix in MEDIA_SUFFIXES)
    return QCoreApplication.translate("media", "Recordings ({patterns})").format(patterns=patterns)


SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class MediaPlayer(QWidget):
    """One recording at a time; times are in seconds."""

    positionChanged = Signal(float)  # seconds, as playback moves

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Recording player"))
        # Qt Multimedia (its backend, audio device and decoding threads) is
        # started only when a document with a recording is opened: most
        # windows never play anything, and starting it costs time at launch.
        self._player: QMediaPlayer | None = None
        self._audio: QAudioOutput | None = None
        self._video: QVideoWidget | None = None
        self.path: Path | None = None
        self.requested: float | None = None  # the last position asked for (seconds)
        self._stop_at: float | None = None  # the end of a passage being played
        self._build()
        self.unload("")

    @property
    def player(self) -> QMediaPlayer:
        """Qt's player, made on first use."""
        return self._made()

    def _made(self) -> QMediaPlayer:
        if self._player is None:
            # Imported here too: a window that never plays never loads Qt Multimedia.
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            from PySide6.QtMultimediaWidgets import QVideoWidget

            player = QMediaPlayer(self)
            self._audio = QAudioOutput(self)
            self._audio.setVolume(self.volume.value() / 100)
            player.setAudioOutput(self._audio)
            self._video = QVideoWidget(self)
            self._video.setMinimumHeight(160)
            self._video.hide()
            self._layout.insertWidget(0, self._video)
            player.setVideoOutput(self._video)
            player.setPlaybackRate(float(self.speed.currentData()))
            player.positionChanged.connect(self._on_position)
            player.durationChanged.connect(self._on_duration)
            player.playbackStateChanged.connect(self._on_state)
            player.errorOccurred.connect(self._on_error)
            self._player = player
        return self._player

    @property
    def video(self) -> QVideoWidget:
        """Where a video recording is shown (made with the player)."""
        self._made()
        assert self._video is not None
        return self._video

    def _set_volume(self, percent: int) -> None:
        if self._audio is not None:
            self._audio.setVolume(percent / 100)

    def _set_speed(self, index: int) -> None:
        if self._player is not None:
            self._player.setPlaybackRate(float(self.speed.itemData(index)))

    def shutdown(self) -> None:
        """Stop playing and let go of the file (the window is closing): no
        decoding thread outlives the window."""
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())

    def _build(self) -> None:
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setAccessibleName(self.tr("Play or pause the recording"))
        self.play_button.clicked.connect(self.toggle)
        self.back_button = QPushButton(
            self.tr("−{SKIP_SECONDS:.0f} s").format(SKIP_SECONDS=SKIP_SECONDS), self
        )
        self.back_button.setAccessibleName(self.tr("Back five seconds"))
        self.back_button.clicked.connect(lambda: self.skip(-SKIP_SECONDS))
        self.forward_button = QPushButton(
            self.tr("+{SKIP_SECONDS:.0f} s").format(SKIP_SECONDS=SKIP_SECONDS), self
        )
        self.forward_button.setAccessibleName(self.tr("Forward five seconds"))
        self.forward_button.clicked.connect(lambda: self.skip(SKIP_SECONDS))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Position in the recording"))
        self.slider.sliderMoved.connect(lambda ms: self.seek(ms / 1000))
        self.time_label = QLabel("00:00:00 / 00:00:00", self)
        self.speed = QComboBox(self)
        self.speed.setAccessibleName(self.tr("Playback speed"))
        for rate in SPEEDS:
            self.speed.addItem(f"{rate:g}×", rate)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(self._set_speed)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMinimumWidth(70)
        self.volume.setMaximumWidth(110)
        self.volume.valueChanged.connect(self._set_volume)
        self.follow = QCheckBox(self.tr("Follow in text"), self)
        self.follow.setChecked(True)
        self.follow.setToolTip(self.tr("Scroll the text to the passage being played"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Recording status"))
        # The position on a row of its own: beside every button it would be
        # squeezed to nothing in a narrow text column.
        timeline = QHBoxLayout()
        timeline.setContentsMargins(0, 0, 0, 0)
        timeline.addWidget(self.slider, 1)
        timeline.addWidget(self.time_label)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        for widget in (self.back_button, self.play_button, self.forward_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(QLabel(self.tr("Speed"), self))
        controls.addWidget(self.speed)
        controls.addWidget(QLabel(self.tr("Volume"), self))
        controls.addWidget(self.volume)
        controls.addWidget(self.follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self._layout = layout  # the video widget goes first, once made
        layout.addLayout(timeline)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        self._controls = [
            self.play_button,
            self.back_button,
            self.forward_button,
            self.slider,
            self.speed,
            self.volume,
        ]

    # -- what is loaded ---------------------------------------------------------------

    def load(self, path: Path, kind: str, note: str = "") -> None:
        """Load a recording (``kind`` "audio" or "video"), paused at the start."""
        try:
            self._made()
        except ImportError:  # a build of qcode without Qt Multimedia: the text still works
            self.unload(
                self.tr("This copy of qcode cannot play {name}: Qt Multimedia is missing.").format(
                    name=path.name
                )
            )
            return
        self.path = path
        self._stop_at = None
        self.requested = None
        self.video.setVisible(kind == "video")
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self._enable(True)
        self.message.setText(note)
        self.message.setVisible(bool(note))
        self.show()

    def unload(self, message: str) -> None:
        """No recording: the controls off and ``message`` shown (hidden
        altogether when there is nothing to say)."""
        self.shutdown()
        self.path = None
        self._stop_at = None
        if self._video is not None:
            self._video.hide()
        self._enable(False)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.setVisible(bool(message))

    def _enable(self, on: bool) -> None:
        for widget in self._controls:
            widget.setEnabled(on)

    # -- playing ----------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        player = self._player
        return player is not None and player.playbackState() == player.PlaybackState.PlayingState

    def toggle(self) -> None:
        if self.path is None:
            return
        if self.playing:
            self.player.pause()
        else:
            self.player.play()

    def pause(self, rewind: float = 0.0) -> None:
        """Pause, going back ``rewind`` seconds (for a transcriber to hear
        the last words again when playback resumes)."""
        if self.path is None:
            return
        self.player.pause()
        if rewind:
            self.seek(self.seconds() - rewind)

    def seconds(self) -> float:
        return self.player.position() / 1000

    def seek(self, seconds: float) -> None:
        """Move to ``seconds`` (kept within the recording)."""
        if self.path is None:
            return
        seconds = max(seconds, 0.0)
        duration = self.player.duration()
        if duration > 0:
            seconds = min(seconds, duration / 1000)
        self.requested = seconds
        self.player.setPosition(round(seconds * 1000))

    def skip(self, seconds: float) -> None:
        self.seek(self.seconds() + seconds)

    def play_from(self, seconds: float) -> None:
        """Play from ``seconds`` on."""
        self._stop_at = None
        self.seek(seconds)
        if self.path is not None:
            self.player.play()

    def play_range(self, start: float, end: float | None) -> None:
        """Play exactly from ``start`` to ``end`` (to the end when ``None``)."""
        self.play_from(start)
        self._stop_at = end

    # -- what Qt reports ----------------------------------------------------------------

    def _on_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.time_label.setText(f"{clock(ms / 1000)} / {clock(self.player.duration() / 1000)}")
        if self._stop_at is not None and ms / 1000 >= self._stop_at:
            self._stop_at = None
            self.player.pause()
        self.positionChanged.emit(ms / 1000)

    def _on_duration(self, ms: int) -> None:
        self.slider.setRange(0, max(ms, 0))

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == self.player.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _on_error(self, _error: QMediaPlayer.Error, text: str) -> None:
        name = self.path.name if self.path is not None else self.tr("the recording")
        reason = text.strip() or self.tr("its format or codec is not supported on this computer")
        self.player.stop()
        self._enable(False)
        self.message.setText(
            self.tr("{name} cannot be played: {reason}. The transcript stays usable.").format(
                name=name, reason=reason
            )
        )
        self.message.show()
